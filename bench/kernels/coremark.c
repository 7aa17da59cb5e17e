/* A CoreMark-like mix (written for wasmc, not CoreMark itself): linked-list
 * find/reverse/sort, small integer matrix arithmetic, a character state
 * machine and CRC-16, each result folded into the next iteration's seed. */
#include "bench.h"

#ifndef ITERS
#define ITERS 30000
#endif
#define LIST_LEN 200
#define MAT 16
#define TEXT_LEN 400

struct Item {
  struct Item *next;
  int16_t data;
  int16_t idx;
};

static struct Item Pool[LIST_LEN];

static uint16_t crc16(uint16_t crc, uint32_t v, int bytes) {
  for (int b = 0; b < bytes; b++) {
    crc ^= (uint8_t)(v >> (8 * b));
    for (int k = 0; k < 8; k++)
      crc = (crc & 1) ? (uint16_t)((crc >> 1) ^ 0xA001) : (uint16_t)(crc >> 1);
  }
  return crc;
}

static struct Item *list_reverse(struct Item *l) {
  struct Item *prev = NULL;
  while (l) {
    struct Item *n = l->next;
    l->next = prev;
    prev = l;
    l = n;
  }
  return prev;
}

/* Merge sort on the list by data (stable, iterative). */
static struct Item *list_sort(struct Item *list) {
  for (int insize = 1;; insize *= 2) {
    struct Item *p = list, *tail = NULL;
    list = NULL;
    int merges = 0;
    while (p) {
      merges++;
      struct Item *q = p;
      int psize = 0;
      for (int i = 0; i < insize && q; i++) {
        psize++;
        q = q->next;
      }
      int qsize = insize;
      while (psize > 0 || (qsize > 0 && q)) {
        struct Item *e;
        if (psize == 0) {
          e = q; q = q->next; qsize--;
        } else if (qsize == 0 || !q || p->data <= q->data) {
          e = p; p = p->next; psize--;
        } else {
          e = q; q = q->next; qsize--;
        }
        if (tail) tail->next = e; else list = e;
        tail = e;
      }
      p = q;
    }
    tail->next = NULL;
    if (merges <= 1)
      return list;
  }
}

static uint16_t list_bench(uint16_t seed) {
  struct Item *head = NULL;
  for (int i = LIST_LEN - 1; i >= 0; i--) {
    Pool[i].data = (int16_t)((i * 7919 + seed) & 0x7fff);
    Pool[i].idx = (int16_t)i;
    Pool[i].next = head;
    head = &Pool[i];
  }
  uint16_t crc = 0;
  for (int f = 0; f < 8; f++) {
    int16_t want = (int16_t)((f * 131 + seed) & 0xff);
    int found = -1;
    for (struct Item *p = head; p; p = p->next)
      if ((p->data & 0xff) == want) { found = p->idx; break; }
    crc = crc16(crc, (uint32_t)found, 2);
    head = list_reverse(head);
  }
  head = list_sort(head);
  for (struct Item *p = head; p; p = p->next)
    crc = crc16(crc, (uint32_t)p->data, 2);
  return crc;
}

static int32_t MA[MAT][MAT], MB[MAT][MAT], MC[MAT][MAT];

static uint16_t matrix_bench(uint16_t seed) {
  for (int i = 0; i < MAT; i++)
    for (int j = 0; j < MAT; j++) {
      MA[i][j] = (int32_t)((i * MAT + j + seed) % 97) - 48;
      MB[i][j] = (int32_t)((j * MAT + i + seed) % 89) - 44;
    }
  for (int i = 0; i < MAT; i++)
    for (int j = 0; j < MAT; j++) {
      int32_t s = 0;
      for (int k = 0; k < MAT; k++)
        s += MA[i][k] * MB[k][j];
      MC[i][j] = s;
    }
  int32_t acc = 0;
  for (int i = 0; i < MAT; i++)
    for (int j = 0; j < MAT; j++)
      acc += (MC[i][j] >> 2) ^ (MA[i][j] + seed);
  return crc16(0, (uint32_t)acc, 4);
}

enum State { START, INT, FLOAT, EXP, SCI, INVALID, NSTATES };

static uint16_t state_bench(uint16_t seed) {
  static const char Alphabet[] = "0123456789+-.eE,x ";
  char text[TEXT_LEN];
  uint32_t r = seed | 1u;
  for (int i = 0; i < TEXT_LEN; i++) {
    r = r * 1103515245u + 12345u;
    text[i] = Alphabet[(r >> 16) % (sizeof Alphabet - 1)];
  }
  int counts[NSTATES] = {0};
  enum State s = START;
  for (int i = 0; i < TEXT_LEN; i++) {
    char c = text[i];
    if (c == ',' || c == ' ') {
      counts[s]++;
      s = START;
      continue;
    }
    switch (s) {
    case START:
      s = (c >= '0' && c <= '9') || c == '+' || c == '-' ? INT
          : c == '.' ? FLOAT : INVALID;
      break;
    case INT:
      s = (c >= '0' && c <= '9') ? INT : c == '.' ? FLOAT
          : (c == 'e' || c == 'E') ? EXP : INVALID;
      break;
    case FLOAT:
      s = (c >= '0' && c <= '9') ? FLOAT : (c == 'e' || c == 'E') ? EXP
          : INVALID;
      break;
    case EXP:
      s = (c >= '0' && c <= '9') || c == '+' || c == '-' ? SCI : INVALID;
      break;
    case SCI:
      s = (c >= '0' && c <= '9') ? SCI : INVALID;
      break;
    default:
      break;
    }
  }
  uint16_t crc = 0;
  for (int k = 0; k < NSTATES; k++)
    crc = crc16(crc, (uint32_t)counts[k], 4);
  return crc;
}

int main(void) {
  uint16_t seed = 0x3415;
  uint32_t h = 0;
  for (int it = 0; it < ITERS; it++) {
    uint16_t a = list_bench(seed);
    uint16_t b = matrix_bench((uint16_t)(seed ^ a));
    uint16_t c = state_bench((uint16_t)(seed ^ b));
    seed = crc16(crc16(a, b, 2), c, 2);
    h = bench_mix(h, seed);
  }
  bench_report("coremark", h);
  return 0;
}
