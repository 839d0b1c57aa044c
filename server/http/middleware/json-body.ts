import express, { type RequestHandler } from 'express';
import { AppError } from '../../errors.ts';

function hasBody(req: Parameters<RequestHandler>[0]): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** JSON bodies only, with a size limit; other media types get a 415 instead of being ignored. */
export function jsonBody(limit: string): RequestHandler[] {
  const requireJson: RequestHandler = (req, _res, next) => {
    if (hasBody(req) && !req.is('application/json')) return next(new AppError('UNSUPPORTED_MEDIA_TYPE'));
    next();
  };
  return [requireJson, express.json({ limit, strict: true })];
}
