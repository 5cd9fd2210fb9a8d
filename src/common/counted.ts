// A count with its noun as a message or a reason says it: "1 shared passage", "3 shared passages", "1,204 records"
// (a reason read by people says the number it means, not "passage(s)").

/** `n` written with thousands separators and the noun in its number. */
export const counted = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
