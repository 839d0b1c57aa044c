interface User { id: number; name: string; teamId: number }
interface Team { id: number; name: string }
interface Order { id: number; total: number }

export async function loadDashboard(
  userId: number,
  getUser: (id: number) => Promise<User>,
  getTeam: (teamId: number) => Promise<Team>,
  getOrders: (userId: number) => Promise<Order[]>,
): Promise<{ user: User; team: Promise<Team>; orders: Order[] }> {
  const userAndTeam = getUser(userId).then((user) => {
    const team = getTeam(user.teamId); // a promise, not the team
    return { user, team };
  });
  const [{ user, team }, orders] = await Promise.all([userAndTeam, getOrders(userId)]);
  return { user, team, orders };
}
