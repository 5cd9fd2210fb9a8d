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
import { AHEAD, accountEntry, AccountStream, PER_WORKER, type AccountThreadsOptions, type StorySource } from '../src/accounts/threads.ts';
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
  assert.ok(inputs.length > AHEAD + PER_WORKER + 1);
  const released = new Set<number>();
  const stream = new AccountStream(source(inputs, released), { threads: 2 });
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
