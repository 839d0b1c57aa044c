type User = { id: number; name: string };

export async function fetchAll(ids: number[], getUser: (id: number) => Promise<User>): Promise<User[]> {
  return Promise.all(ids.map((id) => getUser(id)));
}
