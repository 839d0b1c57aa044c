// 'trust proxy': req.ip / req.ips / req.protocol / req.hostname from the
// X-Forwarded-* headers (proxy-addr and the sandbox's net.isIP), trusted or not.
import express from 'express';

const app = express();
const describe = (req: express.Request) => ({ ip: req.ip, ips: req.ips, protocol: req.protocol, secure: req.secure, hostname: req.hostname, subdomains: req.subdomains });

const trusting = express();
trusting.set('trust proxy', true);
trusting.get('/', (req, res) => { res.json(describe(req)); });

const hops = express();
hops.set('trust proxy', 1);
hops.get('/', (req, res) => { res.json(describe(req)); });

const subnet = express();
subnet.set('trust proxy', 'loopback, 10.0.0.0/8');
subnet.get('/', (req, res) => { res.json(describe(req)); });

app.use('/trusting', trusting);
app.use('/hops', hops);
app.use('/subnet', subnet);
app.get('/untrusted', (req, res) => { res.json(describe(req)); });

export default app;
