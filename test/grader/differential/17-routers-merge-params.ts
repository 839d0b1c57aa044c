// express.Router with mergeParams, nested routers, and what req.baseUrl /
// req.path / req.originalUrl / req.url hold at each level.
import express from 'express';

const app = express();

const comments = express.Router({ mergeParams: true });
comments.get('/', (req, res) => { res.json({ level: 'comments', params: req.params, baseUrl: req.baseUrl, path: req.path, originalUrl: req.originalUrl }); });
comments.get('/:commentId', (req, res) => { res.json({ params: req.params, url: req.url }); });

const posts = express.Router({ mergeParams: true });
posts.get('/', (req, res) => { res.json({ level: 'posts', params: req.params, baseUrl: req.baseUrl }); });
posts.use('/:postId/comments', comments);

const isolated = express.Router();
isolated.get('/', (req, res) => { res.json({ level: 'isolated', params: req.params }); });

app.use('/users/:userId/posts', posts);
app.use('/users/:userId/isolated', isolated);

export default app;
