import type { DeepPartial } from "../../deep-partial";
import type { CertificatesMessages } from "./en";

export const ar: DeepPartial<CertificatesMessages> = {};
