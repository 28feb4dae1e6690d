import type { DeepPartial } from "../../deep-partial";
import type { OrganizationsMessages } from "./en";

export const ru: DeepPartial<OrganizationsMessages> = {};
