import { runSearch } from './search';
import { renderSection } from './lib/report';
const section = await runSearch({ app: { url: 'http://127.0.0.1:4752' } } as never);
console.log(renderSection(section));
