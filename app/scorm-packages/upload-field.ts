/** The multipart field that carries the zip, shared by the form and the receiving server. */
export const PACKAGE_FIELD = "package";
