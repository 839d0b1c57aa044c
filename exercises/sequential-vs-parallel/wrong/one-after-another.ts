interface User { id: number; name: string; teamId: number }
interface Team { id: number; name: string }
interface Order { id: number; total: number }

export async function loadDashboard(
  userId: number,
  getUser: (id: number) => Promise<User>,
  getTeam: (teamId: number) => Promise<Team>,
  getOrders: (userId: number) => Promise<Order[]>,
): Promise<{ user: User; team: Team; orders: Order[] }> {
  const user = await getUser(userId);
  const team = await getTeam(user.teamId);
  const orders = await getOrders(userId);
  return { user, team, orders };
}
