export function isatty() { return false; }
export default { isatty };
