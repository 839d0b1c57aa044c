// What an app reads from the request: req.get/req.header, req.is, hostname,
// protocol, ip, xhr, and the raw header list.
import express from 'express';

const app = express();

app.all('/inspect', (req, res) => {
  res.json({
    method: req.method,
    contentType: req.get('Content-Type') ?? null,
    custom: req.header('x-custom') ?? null,
    referrer: req.get('referrer') ?? null,
    isJson: req.is('json'),
    isHtml: req.is('html'),
    hostname: req.hostname,
    host: req.host,
    protocol: req.protocol,
    secure: req.secure,
    xhr: req.xhr,
    ip: req.ip,
    subdomains: req.subdomains,
    auth: req.headers.authorization ?? null,
    multi: req.headers['x-multi'] ?? null,
    fresh: req.fresh,
    stale: req.stale,
  });
});

export default app;
