export { openGradingDatabase, type GradingDatabase, type QueryResult } from './database.ts';
export { warmUp } from './warm.ts';
export { SqlQueryError, type PlainValue, type SqlErrorData } from './values.ts';
