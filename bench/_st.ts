import { measureStartupTasks } from './startup.ts';
for (let i = 0; i < 3; i++) { const r = await measureStartupTasks(process.argv[2]!); console.log(JSON.stringify(r)); }
