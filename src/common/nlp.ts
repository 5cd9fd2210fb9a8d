// One shared wink-nlp instance: loading the model costs ~100 ms, so it happens once, on first use.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: ReturnType<typeof winkNLP> | null = null;

export function nlp(): ReturnType<typeof winkNLP> {
  if (!instance) instance = winkNLP(model);
  return instance;
}
