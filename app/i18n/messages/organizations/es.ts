import type { DeepPartial } from "../../deep-partial";
import type { OrganizationsMessages } from "./en";

export const es: DeepPartial<OrganizationsMessages> = {};
