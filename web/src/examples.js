// examples.js — the gallery: every examples/*.py, titled by its first line
// (a comment such as `# Threads: two workers share a counter`).
const files = import.meta.glob('../../examples/*.py', { query: '?raw', import: 'default', eager: true });

function titleOf(source, name) {
  const first = (source.split('\n')[0] || '').replace(/^#!.*$/, '').trim();
  const t = first.replace(/^#+\s*/, '').replace(/^["']{3}|["']{3}$/g, '').trim();
  return t || name;
}

export const EXAMPLES = Object.entries(files)
  .map(([p, source]) => {
    const name = p.split('/').pop();
    return { name, title: titleOf(source, name), source };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

export const HELLO = `# Hello from Interleave: threads, for real, in your browser
import threading

def worker(n):
    print(f"hello from thread {n}")

threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("all done")
`;
