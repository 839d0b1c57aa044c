type User = { id: number; name: string };

export function fetchAll(ids: number[], getUser: (id: number) => Promise<User>): Promise<User[]> {
  return new Promise((resolve, reject) => {
    const users: User[] = [];
    let arrived = 0;
    ids.forEach((id, i) => {
      getUser(id).then((user) => {
        users[i] = user;
        arrived += 1;
        if (arrived === ids.length) resolve(users);
      }, reject);
    });
  });
}
