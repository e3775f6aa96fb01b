export function freshPostgresDatabase(databaseUrl: string, prefix?: string): Promise<{ url: string; drop: () => Promise<void> }>;
