// Region codes nest by prefix: everything inside 120103 (河西区) starts with 120103, inside
// 120100 (市辖区) with 1201, inside 120000 (天津市) with 12. A subtree filter is a prefix match.
export function subtreePrefix(code: string): string {
  if (code.length !== 6) return code; // townships (9) and villages (12) have only their own children
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}
