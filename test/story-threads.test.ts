// The stories' accounts worked out on worker threads are those of this thread, story by story, in story
// order, and a worker's crash on a story changes nothing: that story is worked out here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { readDocuments, canonicalOrder } from '../src/pipeline.ts';
import { clusterStories } from '../src/cluster/index.ts';
import { enrichDocument } from '../src/enrich/index.ts';
import { documentFlags, findRelations } from '../src/provenance/index.ts';
import { fingerprint } from '../src/fingerprint/index.ts';
import { type ItemOutcome, storyAccount, storyItem, type StoryInput } from '../src/accounts/account.ts';
import { jsonListItem } from '../src/report/index.ts';
import { packStory } from '../src/accounts/packing.ts';
import { accountEntry, AccountStream, PER_WORKER, TOP_UP, type AccountThreadsOptions, type StorySource } from '../src/accounts/threads.ts';
import { storyDocument } from '../src/pipeline.ts';
import type { TextDocument } from '../src/model.ts';
import { ecbLines } from './helpers.ts';
import { scratchDir } from './scratch.ts';

/** Every other ECB+ dev record's stories (every topic, half the cost), each with its documents, relations,
 * enrichments and flags, as the pipeline hands them out. */
async function readStories(): Promise<StoryInput[]> {
  const file = join(scratchDir('cc-story-threads-'), 'ecb.jsonl');
  writeFileSync(file, `${ecbLines(2).join('\n')}\n`);
  const docs = canonicalOrder((await readDocuments([file], { threads: 1 })).documents);
  const flags = documentFlags(docs);
  const relations = findRelations(docs, docs.map(fingerprint));
  const byId = new Map(docs.map((d) => [d.id, d]));
  return clusterStories(docs).map((group) => {
    const documents = group.documents.map((id) => byId.get(id) as TextDocument);
    const ids = new Set(group.documents);
    return {
      group,
      documents,
      relations: relations.filter((r) => ids.has(r.from) && ids.has(r.to)),
      enrichments: documents.map(enrichDocument),
      flags,
    };
  });
}

/** Both tests' stories and their accounts worked out on this thread, made once (neither test changes them). */
let made: Promise<{ inputs: StoryInput[]; expected: ReturnType<typeof storyAccount>[] }> | undefined;
function stories() {
  made ??= readStories().then((inputs) => ({ inputs, expected: inputs.map((input) => storyAccount(input)) }));
  return made;
}

/** Every story's account read from an AccountStream in story order, as the report's writers read them. */
async function readInOrder<T>(source: StorySource<T>, options: AccountThreadsOptions) {
  const stream = new AccountStream(source, options);
  try {
    const accounts = Array.from({ length: source.count }, (_, i) => stream.at(i));
    return { accounts, inWorkers: stream.inWorkers };
  } finally {
    await stream.close();
  }
}

function source(inputs: StoryInput[], released: Set<number>): StorySource {
  return {
    count: inputs.length,
    packed: (i) =>
      packStory(
        inputs[i],
        inputs[i].enrichments.map((e) => serialize(e)),
      ),
    local: (i) => storyAccount(inputs[i]),
    done: (i) => released.add(i),
  };
}

test('stories accounted for on worker threads equal those of this thread, in order', async () => {
  const { inputs, expected } = await stories();
  assert.ok(inputs.length > 20);
  // some stories have claims and quotes to compare, not only empty accounts
  assert.ok(expected.some((e) => e.story.claims.length > 0) && expected.some((e) => e.story.quotes.length > 0));
  const released = new Set<number>();
  const { accounts, inWorkers } = await readInOrder(source(inputs, released), { threads: 2, help: false });
  assert.equal(inWorkers, inputs.length);
  assert.equal(released.size, inputs.length);
  assert.deepEqual(accounts, expected);
});

// the JSON report reads the stories as list items (StoryList.jsonItems): a worker answers with the item's text,
// so the account's objects never cross back to be unpacked and written here
test("asked for the JSON report's list items, the workers write each story's item: that of this thread's account", async () => {
  const { inputs, expected } = await stories();
  const items: StorySource<ItemOutcome> = {
    count: inputs.length,
    packed: (i) => ({
      ...packStory(
        inputs[i],
        inputs[i].enrichments.map((e) => serialize(e)),
      ),
      item: i === 0 ? 'first' : 'next',
    }),
    local: (i) => storyItem(storyAccount(inputs[i]), i === 0),
    done: () => {},
  };
  const { accounts, inWorkers } = await readInOrder(items, { threads: 2, help: false });
  assert.equal(inWorkers, inputs.length);
  // each answer is a string already (a worker of the base answered with the account packed, bytes)
  assert.ok(accounts.every((a) => typeof a.item === 'string'));
  assert.deepEqual(
    accounts.map((a) => a.item),
    expected.map((e, i) => jsonListItem(e.story, i === 0)),
  );
  assert.deepEqual(
    accounts.map((a) => a.story),
    expected.map((e) => ({ id: e.story.id, title: e.story.title })),
  );
});

test('a worker thread crashing on a story changes nothing: that story is worked out on this thread', async () => {
  const { inputs, expected } = await stories();
  const marked = 5;
  const id = inputs[marked].group.id;
  // the worker dies (process.exit in a worker ends its thread) when it is sent the marked story
  const crashing = accountEntry(
    `import { workerData } from 'node:worker_threads'; import { deserialize } from 'node:v8'; workerData.port.on('message', (m) => { if (deserialize(m.head).group.id === ${JSON.stringify(id)}) process.exit(9); });`,
  );
  const { accounts, inWorkers } = await readInOrder(source(inputs, new Set()), { threads: 2, help: false, entry: crashing });
  assert.equal(inWorkers, inputs.length - 1);
  assert.deepEqual(accounts, expected);
});

test('each account is handed out as soon as it and those before it are known: only a window of stories is taken ahead', async () => {
  const { inputs, expected } = await stories();
  // a window narrower than the stories (the command's, AHEAD, is wider than this half of ECB+'s stories)
  const AHEAD = 16;
  assert.ok(inputs.length > AHEAD + PER_WORKER + 1);
  const released = new Set<number>();
  const stream = new AccountStream(source(inputs, released), { threads: 2, ahead: AHEAD });
  try {
    const accounts = [stream.at(0)];
    // story 0 is written before the stories past the window were worked out (anywhere): their inputs are all still held
    assert.ok(released.size <= 1 + AHEAD + PER_WORKER, `${released.size} stories let go`);
    for (let i = 1; i < inputs.length; i++) {
      accounts.push(stream.at(i));
      assert.ok(released.size <= i + 1 + AHEAD + PER_WORKER, `story ${i}: ${released.size} let go`);
    }
    assert.deepEqual(accounts, expected);
  } finally {
    await stream.close();
  }
});

/** A story's weight as the pipeline gives it (StorySource.weight): its documents' sentences. */
const sentencesOf = (input: StoryInput) => input.documents.reduce((n, d) => n + d.sentences.length, 0);

test('before this thread works out a story itself, the worker is given stories until it holds TOP_UP times its weight (or the window is all handed out)', async () => {
  const { inputs, expected } = await stories();
  const ahead = 24;
  const posted = new Set<number>();
  const handed = new Set<number>();
  let writing = 0;
  const short: string[] = [];
  let here = 0;
  // this thread works out stories while the worker starts: from its first story on it is ready
  let ready = false;
  const base = source(inputs, new Set());
  const weighed: StorySource = {
    ...base,
    packed: (i, strings) => {
      ready = true;
      posted.add(i);
      handed.add(i);
      return base.packed(i, strings);
    },
    local: (i) => {
      here++;
      handed.add(i);
      let held = 0;
      for (const p of posted) held += sentencesOf(inputs[p]);
      // the window all handed out: nothing more could go to the worker
      let open = false;
      for (let k = writing; k < Math.min(inputs.length, writing + ahead); k++) if (!handed.has(k)) open = true;
      if (ready && open && held < TOP_UP * sentencesOf(inputs[i])) short.push(`story ${i} (${sentencesOf(inputs[i])} sentences): the worker held ${held}`);
      return base.local(i);
    },
    done: (i) => posted.delete(i),
    weight: (i) => sentencesOf(inputs[i]),
  };
  const stream = new AccountStream(weighed, { threads: 2, ahead });
  try {
    // the worker started (a give-up of 5 minutes on a loaded machine, not a timing): stories go to it from the first
    for (let waited = 0; !stream.ready && waited < 300_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    const accounts = [];
    for (writing = 0; writing < inputs.length; writing++) accounts.push(stream.at(writing));
    assert.deepEqual(accounts, expected);
  } finally {
    await stream.close();
  }
  assert.ok(here > 0 && ready, 'this thread and the worker worked out stories');
  assert.deepEqual(short, []);
});

test("a story's documents reach the worker with their words and terms as ids into a table it keeps: the same accounts, and fewer bytes", async () => {
  const { inputs, expected } = await stories();
  let bytes = 0;
  let asIds = 0;
  const base = source(inputs, new Set());
  const counted: StorySource = {
    ...base,
    packed: (i, strings) => {
      // the documents as the pipeline holds them for the accounts
      const story = { ...inputs[i], documents: inputs[i].documents.map((d) => storyDocument(d as TextDocument)) };
      const packed = packStory(
        story,
        inputs[i].enrichments.map((e) => serialize(e)),
        strings,
      );
      if (packed.strings) {
        asIds++;
        bytes += packed.head.length + packed.strings.ids.byteLength + packed.strings.added.reduce((n, w) => n + w.length, 0);
      }
      // what serialising the documents whole takes
      bytes -= packStory(story, []).head.length;
      return packed;
    },
  };
  const { accounts, inWorkers } = await readInOrder(counted, { threads: 2, help: false });
  assert.equal(inWorkers, inputs.length);
  assert.equal(asIds, inputs.length);
  assert.ok(bytes < 0, `${bytes} bytes more`);
  assert.deepEqual(accounts, expected);
});
