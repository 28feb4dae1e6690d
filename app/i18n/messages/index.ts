import type { Locale } from "../locales";
import { ar } from "./ar";
import { en, type Messages } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { ru } from "./ru";
import { zh } from "./zh";

export type { Messages };

export const MESSAGES = { en, zh, fr, es, ru, ar } satisfies Record<Locale, unknown>;
