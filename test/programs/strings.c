// String handling from the C library and by hand: tokenising, searching,
// formatting into buffers (including truncation), reversing, case mapping,
// number parsing and a word-frequency count.
//
// RUN: %wasi-cc %s -o %t.wasm
// RUN: wasmc %t.wasm -o %t
// RUN: %t > %t.out
// RUN: diff %S/strings.expected %t.out

#include <ctype.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void reverseInPlace(char *S) {
  size_t N = strlen(S);
  for (size_t I = 0, J = N ? N - 1 : 0; I < J; ++I, --J) {
    char T = S[I];
    S[I] = S[J];
    S[J] = T;
  }
}

static void upperInPlace(char *S) {
  for (; *S; ++S)
    *S = (char)toupper((unsigned char)*S);
}

static int isPalindrome(const char *S) {
  size_t I = 0, J = strlen(S);
  while (I < J) {
    if (!isalnum((unsigned char)S[I])) {
      ++I;
      continue;
    }
    if (!isalnum((unsigned char)S[J - 1])) {
      --J;
      continue;
    }
    if (tolower((unsigned char)S[I]) != tolower((unsigned char)S[J - 1]))
      return 0;
    ++I;
    --J;
  }
  return 1;
}

static size_t countOccurrences(const char *Hay, const char *Needle) {
  size_t N = 0;
  for (const char *P = strstr(Hay, Needle); P; P = strstr(P + 1, Needle))
    ++N;
  return N;
}

struct WordCount {
  char Word[16];
  int Count;
};

static int byCountThenWord(const void *A, const void *B) {
  const struct WordCount *X = A, *Y = B;
  if (X->Count != Y->Count)
    return Y->Count - X->Count;
  return strcmp(X->Word, Y->Word);
}

int main(void) {
  // strtok over several delimiters, on a writable copy.
  char Csv[] = "alpha,beta;;gamma , delta,,epsilon;zeta";
  int Index = 0;
  for (char *Tok = strtok(Csv, ",; "); Tok; Tok = strtok(NULL, ",; "))
    printf("token %d: '%s' (len %zu)\n", Index++, Tok, strlen(Tok));

  // strstr, strchr, strrchr, strspn, strcspn.
  const char *Text = "the cat sat on the mat with the other cat";
  printf("'the' occurs %zu times, 'cat' %zu, 'dog' %zu\n",
         countOccurrences(Text, "the"), countOccurrences(Text, "cat"),
         countOccurrences(Text, "dog"));
  printf("first 'sat' at %td, last 'c' at %td, first 'o' at %td\n",
         strstr(Text, "sat") - Text, strrchr(Text, 'c') - Text,
         strchr(Text, 'o') - Text);
  printf("strspn=%zu strcspn=%zu\n", strspn(Text, "the "),
         strcspn(Text, "aeiou"));

  // snprintf: full output, truncation and the returned would-be length.
  char Buf[16];
  int Would = snprintf(Buf, sizeof(Buf), "%s-%05d-%x", "id", 42, 0xbeef);
  printf("snprintf -> '%s' returned %d\n", Buf, Would);
  Would = snprintf(Buf, sizeof(Buf), "%s and %s", "a long string", "more");
  printf("truncated -> '%s' returned %d len %zu\n", Buf, Would, strlen(Buf));
  Would = snprintf(NULL, 0, "%d items at %.2f each", 1234, 9.5);
  printf("length-only call returned %d\n", Would);
  printf("[%8s] [%-8s] [%.3s] [%c%c%c] [%%]\n", "right", "left", "truncate",
         'a', 'b', 'c');

  // Reversing and case mapping.
  char Word[] = "WebAssembly";
  reverseInPlace(Word);
  printf("reversed: %s\n", Word);
  reverseInPlace(Word);
  upperInPlace(Word);
  printf("upper: %s\n", Word);
  char Empty[] = "";
  reverseInPlace(Empty);
  printf("reversed empty: '%s'\n", Empty);
  const char *Phrases[] = {"A man, a plan, a canal: Panama", "hello",
                           "No 'x' in Nixon", "ab", ""};
  for (int I = 0; I < 5; ++I)
    printf("palindrome(\"%s\") = %d\n", Phrases[I], isPalindrome(Phrases[I]));

  // Number parsing.
  const char *Numbers[] = {"12345", "-77", "0x1f", "0755", "  +9xyz", "junk"};
  for (int I = 0; I < 6; ++I) {
    char *End;
    long V = strtol(Numbers[I], &End, 0);
    printf("strtol(\"%s\") = %ld, rest '%s'\n", Numbers[I], V, End);
  }
  printf("strtoull max = %llu\n", strtoull("18446744073709551615", NULL, 10));
  printf("atoi(\"-2147483648\") = %d\n", atoi("-2147483648"));
  printf("strtod(\"6.02e23\") = %g\n", strtod("6.02e23", NULL));

  // memcmp / strncmp / strncpy semantics.
  char Padded[8];
  memset(Padded, 'X', sizeof(Padded));
  strncpy(Padded, "abc", sizeof(Padded));
  int Zeros = 0;
  for (size_t I = 0; I < sizeof(Padded); ++I)
    Zeros += Padded[I] == '\0';
  printf("strncpy zero-filled %d bytes\n", Zeros);
  printf("strncmp(\"abcd\",\"abcf\",3)=%d sign(memcmp)=%d sign(strcmp)=%d\n",
         strncmp("abcd", "abcf", 3), memcmp("abcd", "abcf", 4) < 0 ? -1 : 1,
         strcmp("b", "a") > 0 ? 1 : -1);

  // Word frequencies of a paragraph.
  char Para[] = "to be or not to be that is the question whether tis nobler "
                "in the mind to suffer the slings and arrows of outrageous "
                "fortune or to take arms against a sea of troubles";
  struct WordCount Counts[64];
  int NumCounts = 0;
  for (char *W = strtok(Para, " "); W; W = strtok(NULL, " ")) {
    int Found = 0;
    for (int I = 0; I < NumCounts; ++I)
      if (strcmp(Counts[I].Word, W) == 0) {
        ++Counts[I].Count;
        Found = 1;
        break;
      }
    if (!Found && NumCounts < 64) {
      snprintf(Counts[NumCounts].Word, sizeof(Counts[0].Word), "%s", W);
      Counts[NumCounts++].Count = 1;
    }
  }
  qsort(Counts, NumCounts, sizeof(Counts[0]), byCountThenWord);
  printf("%d distinct words; top five:", NumCounts);
  for (int I = 0; I < 5; ++I)
    printf(" %s=%d", Counts[I].Word, Counts[I].Count);
  printf("\n");

  // Building a long string piece by piece.
  char *Joined = NULL;
  size_t Len = 0;
  for (int I = 0; I < 100; ++I) {
    char Piece[16];
    int N = snprintf(Piece, sizeof(Piece), "%d,", I * I);
    char *Grown = realloc(Joined, Len + N + 1);
    if (!Grown)
      return 1;
    Joined = Grown;
    memcpy(Joined + Len, Piece, N + 1);
    Len += N;
  }
  uint32_t Sum = 0;
  for (size_t I = 0; I < Len; ++I)
    Sum = Sum * 31 + (unsigned char)Joined[I];
  printf("joined %zu chars, ends with '%s', hash %08" PRIx32 "\n", Len,
         Joined + Len - 10, Sum);
  free(Joined);
  return 0;
}
