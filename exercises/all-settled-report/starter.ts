export interface Report { up: string[]; down: Array<{ name: string; error: string }> }

export async function checkServices(names: string[], ping: (name: string) => Promise<number>): Promise<Report> {
  const report: Report = { up: [], down: [] };
  // TODO: ping every service at once and fill in the report
  return report;
}
