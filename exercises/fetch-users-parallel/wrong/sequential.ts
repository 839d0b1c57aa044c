type User = { id: number; name: string };

export async function fetchAll(ids: number[], getUser: (id: number) => Promise<User>): Promise<User[]> {
  const users: User[] = [];
  for (const id of ids) {
    users.push(await getUser(id));
  }
  return users;
}
