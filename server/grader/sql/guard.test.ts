import { describe, expect, it } from 'vitest';
import { leadingKeyword, refuseStatement } from './guard.ts';

describe('refuseStatement', () => {
  it.each([
    'SET ROLE postgres',
    'set role postgres',
    'SET LOCAL ROLE postgres',
    'SET SESSION ROLE postgres',
    'SET role = postgres',
    'SET role=postgres',
    'SET "role" TO postgres',
    'SET U&"\\0072ole" TO postgres',
    'SET/**/ROLE postgres',
    'SET /* a /* nested */ comment */ ROLE postgres',
    '-- hello\nSET ROLE postgres',
    ';;  SET ROLE postgres',
    'RESET ROLE',
    'reset role;',
    'RESET session_authorization',
    'SET SESSION AUTHORIZATION postgres',
    'SET SESSION AUTHORIZATION DEFAULT',
    'SET LOCAL SESSION AUTHORIZATION postgres',
    'SET session_authorization TO postgres',
    'RESET SESSION AUTHORIZATION',
    'DISCARD ALL',
    'SET',
  ])('refuses %j', (sql) => {
    expect(refuseStatement(sql)).toBe('changing the role or session is not allowed in this exercise');
  });

  it.each([
    'SELECT 1',
    "SELECT 'SET ROLE postgres'",
    'SET search_path TO public',
    'SET LOCAL search_path = public',
    "SET TIME ZONE 'UTC'",
    "SET statement_timeout = '1s'",
    'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
    'SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY',
    'RESET search_path',
    'RESET ALL',
    'DISCARD TEMP',
    'UPDATE roles SET role = 1',
  ])('allows %j', (sql) => {
    expect(refuseStatement(sql)).toBeUndefined();
  });

  it('finds the leading keyword past comments and empty statements', () => {
    expect(leadingKeyword(' /* x */ -- y\n ; WITH t AS (SELECT 1) SELECT * FROM t')).toBe('with');
    expect(leadingKeyword('select(1)')).toBe('select');
    expect(leadingKeyword('  ')).toBe('');
  });
});
