import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider, useAuth } from './auth/AuthContext.tsx';
import { Layout } from './components/Layout.tsx';
import { AuthForm } from './pages/AuthForm.tsx';
import { Home } from './pages/Home.tsx';
import { NotFound } from './pages/NotFound.tsx';

function Routed() {
  const { restoring } = useAuth();
  if (restoring) return <p role="status" className="page-status">Loading…</p>;
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Home />} />
        <Route path="signin" element={<AuthForm mode="signin" />} />
        <Route path="signup" element={<AuthForm mode="signup" />} />
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
