import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider, useAuth } from './auth/AuthContext.tsx';
import { Layout } from './components/Layout.tsx';
import { AuthForm } from './pages/AuthForm.tsx';
import { Home } from './pages/Home.tsx';
import { NotFound } from './pages/NotFound.tsx';
import { RequireAuth } from './components/RequireAuth.tsx';

// Learner pages load when opened: the roadmap graph (dagre), lesson Markdown and progress
// charts (recharts) stay out of the first screen's JavaScript.
const Roadmap = lazy(() => import('./pages/Roadmap.tsx').then((m) => ({ default: m.Roadmap })));
const Lesson = lazy(() => import('./pages/Lesson.tsx').then((m) => ({ default: m.Lesson })));
const Quiz = lazy(() => import('./pages/Quiz.tsx').then((m) => ({ default: m.Quiz })));
const Progress = lazy(() => import('./pages/Progress.tsx').then((m) => ({ default: m.Progress })));

const ExercisePage = lazy(() => import('./exercise/ExercisePage.tsx'));
const InstructorPage = lazy(() => import('./instructor/InstructorPage.tsx').then((m) => ({ default: m.InstructorPage })));

function Routed() {
  const { restoring } = useAuth();
  if (restoring) return <p role="status" className="page-status">Loading…</p>;
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Home />} />
        <Route path="signin" element={<AuthForm mode="signin" />} />
        <Route path="signup" element={<AuthForm mode="signup" />} />
        <Route path="exercises/:id" element={<RequireAuth><ExercisePage /></RequireAuth>} />
        <Route path="instructor" element={<RequireAuth><InstructorPage /></RequireAuth>} />
        <Route path="roadmap" element={<RequireAuth><Roadmap /></RequireAuth>} />
        <Route path="topics/:id" element={<RequireAuth><Lesson /></RequireAuth>} />
        <Route path="topics/:id/quiz" element={<RequireAuth><Quiz /></RequireAuth>} />
        <Route path="progress" element={<RequireAuth><Progress /></RequireAuth>} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <Routed />
      </AuthProvider>
    </BrowserRouter>
  );
}
