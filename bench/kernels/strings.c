/* String processing over a generated text: tokenising, word frequency via
 * strcmp in a sorted table, substring search, case mapping and reversal. */
#include "bench.h"
#include <ctype.h>
#include <stdlib.h>

#ifndef REPS
#define REPS 120
#endif
#define TEXT_LEN (1 << 17)
#define MAX_WORDS 512

static char Text[TEXT_LEN + 1];
static char Work[TEXT_LEN + 1];
static char *Words[MAX_WORDS];
static int Counts[MAX_WORDS];
static int NumWords;

static const char *Syllables[] = {"ka", "lo", "mi", "ne", "ru", "sta", "gen",
                                  "ber", "ox", "ul", "tri", "que"};

static void make_text(void) {
  size_t n = 0;
  while (n < TEXT_LEN - 16) {
    int syl = 1 + bench_rand() % 3;
    for (int s = 0; s < syl; s++) {
      const char *p = Syllables[bench_rand() % 12];
      while (*p)
        Text[n++] = *p++;
    }
    Text[n++] = (bench_rand() % 9 == 0) ? '.' : ' ';
  }
  Text[n] = 0;
}

static int find_word(const char *w) {
  int lo = 0, hi = NumWords - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    int c = strcmp(Words[mid], w);
    if (c == 0)
      return mid;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid - 1;
  }
  return -(lo + 1);
}

static void count_word(const char *w, size_t len) {
  char buf[64];
  if (len >= sizeof buf)
    len = sizeof buf - 1;
  memcpy(buf, w, len);
  buf[len] = 0;
  int at = find_word(buf);
  if (at >= 0) {
    Counts[at]++;
    return;
  }
  if (NumWords == MAX_WORDS)
    return;
  at = -at - 1;
  memmove(&Words[at + 1], &Words[at], (NumWords - at) * sizeof(char *));
  memmove(&Counts[at + 1], &Counts[at], (NumWords - at) * sizeof(int));
  Words[at] = strdup(buf);
  Counts[at] = 1;
  NumWords++;
}

static uint32_t process(int rep) {
  uint32_t h = 0;
  /* Tokenise into words. */
  strcpy(Work, Text);
  for (char *tok = strtok(Work, " ."); tok; tok = strtok(NULL, " ."))
    count_word(tok, strlen(tok));
  /* Substring search. */
  const char *needle = Syllables[rep % 12];
  int hits = 0;
  for (const char *p = Text; (p = strstr(p, needle)); p++)
    hits++;
  h = bench_mix(h, (uint32_t)hits);
  /* Capitalise sentences and reverse each word in place. */
  memcpy(Work, Text, TEXT_LEN + 1);
  int cap = 1;
  for (char *p = Work; *p; p++) {
    if (cap && isalpha((unsigned char)*p)) {
      *p = (char)toupper((unsigned char)*p);
      cap = 0;
    }
    if (*p == '.')
      cap = 1;
  }
  char *start = Work;
  for (char *p = Work;; p++) {
    if (*p == ' ' || *p == '.' || *p == 0) {
      for (char *a = start, *b = p - 1; a < b; a++, b--) {
        char t = *a;
        *a = *b;
        *b = t;
      }
      if (*p == 0)
        break;
      start = p + 1;
    }
  }
  for (size_t i = 0; i < TEXT_LEN; i += 61)
    h = bench_mix(h, (uint8_t)Work[i]);
  return h;
}

int main(void) {
  make_text();
  uint32_t h = 0;
  for (int r = 0; r < REPS; r++)
    h = bench_mix(h, process(r));
  for (int k = 0; k < NumWords; k++)
    h = bench_mix(h, (uint32_t)Counts[k] ^ (uint32_t)strlen(Words[k]));
  bench_report("strings", h);
  return 0;
}
