import type { DeepPartial } from "../deep-partial";
import type { Messages } from "./en";

export const zh: DeepPartial<Messages> = {};
