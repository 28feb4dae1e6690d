import type { DeepPartial } from "../../deep-partial";
import type { PackagesMessages } from "./en";

export const ar: DeepPartial<PackagesMessages> = {};
