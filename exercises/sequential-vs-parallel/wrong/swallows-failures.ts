interface User { id: number; name: string; teamId: number }
interface Team { id: number; name: string }
interface Order { id: number; total: number }

export async function loadDashboard(
  userId: number,
  getUser: (id: number) => Promise<User>,
  getTeam: (teamId: number) => Promise<Team>,
  getOrders: (userId: number) => Promise<Order[]>,
): Promise<{ user: User | null; team: Team | null; orders: Order[] | null }> {
  const userAndTeam = (async () => {
    const user = await getUser(userId);
    const team = await getTeam(user.teamId);
    return { user, team };
  })();
  const [first, second] = await Promise.allSettled([userAndTeam, getOrders(userId)]);
  return {
    user: first.status === 'fulfilled' ? first.value.user : null,
    team: first.status === 'fulfilled' ? first.value.team : null,
    orders: second.status === 'fulfilled' ? second.value : null,
  };
}
