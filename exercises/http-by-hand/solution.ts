// A type-only import: it vanishes when the file is compiled, so no node:http is needed at run time.
import type { IncomingMessage, ServerResponse } from 'node:http';

// Kept in memory for as long as the server runs; a real app would use a database.
const notes: Array<{ id: number; text: string }> = [];

function sendJson(res: ServerResponse, status: number, value: unknown) {
  res.statusCode = status;
  // The label is what tells the client to read the body as JSON rather than as plain text.
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(value));
}

export default function handler(req: IncomingMessage, res: ServerResponse) {
  if (req.url === '/ping') {
    res.setHeader('Content-Type', 'text/plain');
    res.end('pong');
    return;
  }

  if (req.url === '/hello') {
    // Node lower-cases every request header name, whatever the client typed.
    const name = req.headers['x-name'] ?? 'stranger';
    res.setHeader('Content-Type', 'text/plain');
    res.end(`Hello, ${name}!`);
    return;
  }

  if (req.url === '/notes') {
    if (req.method === 'GET') {
      sendJson(res, 200, notes);
      return;
    }
    if (req.method === 'POST') {
      // The body arrives in pieces after the handler has started, so answer only on 'end'.
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        let data;
        try {
          data = JSON.parse(body);
        } catch {
          // Broken JSON is the client's mistake: say so with a 4xx instead of crashing.
          sendJson(res, 400, { error: 'invalid JSON' });
          return;
        }
        const note = { id: notes.length + 1, text: String(data?.text ?? '') };
        notes.push(note);
        sendJson(res, 201, note);
      });
      return;
    }
    // The path exists, only not for this method; Allow tells the client what would work.
    res.statusCode = 405;
    res.setHeader('Allow', 'GET, POST');
    res.end();
    return;
  }

  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain');
  res.end('Not found');
}
