import type { DeepPartial } from "../deep-partial";
import type { Messages } from "./en";

export const es: DeepPartial<Messages> = {};
