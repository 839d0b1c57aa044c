import type { IncomingMessage, ServerResponse } from 'node:http';

const notes: Array<{ id: number; text: string }> = [];

function sendJson(res: ServerResponse, status: number, value: unknown) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(value));
}

export default function handler(req: IncomingMessage, res: ServerResponse) {
  if (req.url === '/ping') {
    res.setHeader('Content-Type', 'text/plain');
    res.write('pong');
    return;
  }

  if (req.url === '/hello') {
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
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        let data;
        try {
          data = JSON.parse(body);
        } catch {
          sendJson(res, 400, { error: 'invalid JSON' });
          return;
        }
        const note = { id: notes.length + 1, text: String(data?.text ?? '') };
        notes.push(note);
        sendJson(res, 201, note);
      });
      return;
    }
    res.statusCode = 405;
    res.setHeader('Allow', 'GET, POST');
    res.end();
    return;
  }

  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain');
  res.end('Not found');
}
