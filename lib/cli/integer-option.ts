/** A command-line option that must be a whole number in [min, max]; otherwise the script stops, saying so. */
export function integerOption(name: string, text: string | undefined, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} must be an integer between ${min} and ${max}`);
    process.exit(2);
  }
  return value;
}
