const v4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const v6 = /^[0-9a-fA-F:]+(%.+)?$/;
export function isIPv4(s) { return v4.test(String(s)); }
export function isIPv6(s) { s = String(s); return s.includes(':') && v6.test(s.replace(/(\d+\.){3}\d+$/, '0:0')); }
export function isIP(s) { return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0; }
export default { isIP, isIPv4, isIPv6 };
