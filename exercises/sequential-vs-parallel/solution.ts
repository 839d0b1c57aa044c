interface User { id: number; name: string; teamId: number }
interface Team { id: number; name: string }
interface Order { id: number; total: number }

export async function loadDashboard(
  userId: number,
  getUser: (id: number) => Promise<User>,
  getTeam: (teamId: number) => Promise<Team>,
  getOrders: (userId: number) => Promise<Order[]>,
): Promise<{ user: User; team: Team; orders: Order[] }> {
  // Chain 1: the team depends on the user. Chain 2: the orders depend on nothing.
  const userAndTeam = (async () => {
    const user = await getUser(userId);
    const team = await getTeam(user.teamId);
    return { user, team };
  })();
  const [{ user, team }, orders] = await Promise.all([userAndTeam, getOrders(userId)]);
  return { user, team, orders };
}
