import type { ErrorRequestHandler, RequestHandler } from 'express';
import { Prisma } from '@prisma/client';
import { AppError } from '../../errors.ts';

export const notFound: RequestHandler = (_req, _res, next) => next(new AppError('NOT_FOUND'));

interface BodyParserError {
  type?: string;
  limit?: number;
  status?: number;
}

/** Maps errors from body-parser, Express and Prisma onto the catalogue; anything else is a 500. */
export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  const parserError = error as BodyParserError;
  switch (parserError?.type) {
    case 'entity.parse.failed':
      return new AppError('MALFORMED_JSON');
    case 'entity.too.large':
      return new AppError('PAYLOAD_TOO_LARGE', { details: { limit: parserError.limit } });
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', { message: 'The request body must be UTF-8 JSON.' });
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return new AppError('VALIDATION_FAILED', { message: 'The request body was incomplete.' });
  }
  if (error instanceof URIError) return new AppError('NOT_FOUND', { message: 'The URL is not validly encoded.' });
  if (error instanceof Prisma.PrismaClientInitializationError) return new AppError('DATABASE_UNAVAILABLE');
  return undefined;
}

export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const appError = toAppError(error);
  if (!appError) req.log.error({ err: error }, 'unhandled error');
  const sent = appError ?? new AppError('INTERNAL');
  if (res.headersSent) return;
  res.status(sent.status).set(sent.headers).json(sent.toBody());
};
