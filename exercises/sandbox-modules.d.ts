// Types for the modules only the grading sandbox provides, so exercise files type-check in an editor.
declare module 'db' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Row = Record<string, any>;
  export const db: { query<T extends Row = Row>(text: string, params?: unknown[]): Promise<{ rows: T[]; rowCount: number }> };
  const _default: { db: typeof db };
  export default _default;
}
