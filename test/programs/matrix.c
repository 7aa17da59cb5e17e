// Double-precision linear algebra with only IEEE-exact operations (+ - * /
// and sqrt, no libm transcendentals, no fused multiply-add): matrix
// products, Gaussian elimination with partial pivoting, a determinant, a
// Cholesky factorisation, and float (single precision) accumulation.
//
// RUN: %wasi-cc %s -o %t.wasm
// RUN: wasmc %t.wasm -o %t
// RUN: %t > %t.out
// RUN: diff %S/matrix.expected %t.out

#include <math.h>
#include <stdio.h>
#include <string.h>

#define N 6

static void multiply(const double A[N][N], const double B[N][N],
                     double C[N][N]) {
  for (int I = 0; I < N; ++I)
    for (int J = 0; J < N; ++J) {
      double Sum = 0.0;
      for (int K = 0; K < N; ++K) {
        double Term = A[I][K] * B[K][J]; // separate statement: no contraction
        Sum += Term;
      }
      C[I][J] = Sum;
    }
}

static void printMatrix(const char *Label, const double M[N][N]) {
  printf("%s:\n", Label);
  for (int I = 0; I < N; ++I) {
    for (int J = 0; J < N; ++J)
      printf(" %13.6e", M[I][J]);
    printf("\n");
  }
}

// Solves A x = b in place; returns the determinant of A (0 if singular).
static double solve(double A[N][N], double B[N], double X[N]) {
  double Det = 1.0;
  for (int Col = 0; Col < N; ++Col) {
    int Pivot = Col;
    for (int R = Col + 1; R < N; ++R)
      if (fabs(A[R][Col]) > fabs(A[Pivot][Col]))
        Pivot = R;
    if (A[Pivot][Col] == 0.0)
      return 0.0;
    if (Pivot != Col) {
      double Tmp[N];
      memcpy(Tmp, A[Col], sizeof(Tmp));
      memcpy(A[Col], A[Pivot], sizeof(Tmp));
      memcpy(A[Pivot], Tmp, sizeof(Tmp));
      double T = B[Col];
      B[Col] = B[Pivot];
      B[Pivot] = T;
      Det = -Det;
    }
    Det *= A[Col][Col];
    for (int R = Col + 1; R < N; ++R) {
      double Factor = A[R][Col] / A[Col][Col];
      for (int C = Col; C < N; ++C) {
        double Delta = Factor * A[Col][C];
        A[R][C] -= Delta;
      }
      double Delta = Factor * B[Col];
      B[R] -= Delta;
    }
  }
  for (int R = N - 1; R >= 0; --R) {
    double Sum = B[R];
    for (int C = R + 1; C < N; ++C) {
      double Term = A[R][C] * X[C];
      Sum -= Term;
    }
    X[R] = Sum / A[R][R];
  }
  return Det;
}

int main(void) {
  double H[N][N], Id[N][N], P[N][N];
  for (int I = 0; I < N; ++I)
    for (int J = 0; J < N; ++J) {
      H[I][J] = 1.0 / (I + J + 1); // Hilbert matrix: badly conditioned
      Id[I][J] = I == J;
    }
  multiply(H, Id, P);
  printf("H * I == H: %d\n", memcmp(H, P, sizeof(H)) == 0);
  multiply(H, H, P);
  printMatrix("H * H", P);

  // Solve H x = H * ones: the exact answer is all ones; print the error.
  double A[N][N], B[N], X[N];
  memcpy(A, H, sizeof(A));
  for (int I = 0; I < N; ++I) {
    B[I] = 0.0;
    for (int J = 0; J < N; ++J)
      B[I] += H[I][J];
  }
  double Det = solve(A, B, X);
  printf("det(H6) = %.10e\n", Det);
  printf("solution:");
  for (int I = 0; I < N; ++I)
    printf(" %.12f", X[I]);
  double MaxErr = 0.0;
  for (int I = 0; I < N; ++I)
    if (fabs(X[I] - 1.0) > MaxErr)
      MaxErr = fabs(X[I] - 1.0);
  printf("\nmax error %.3e\n", MaxErr);

  // A singular system is detected.
  double S[N][N], SB[N] = {0}, SX[N];
  for (int I = 0; I < N; ++I)
    for (int J = 0; J < N; ++J)
      S[I][J] = (double)(I * N + J);
  printf("det(singular) = %g\n", solve(S, SB, SX));

  // Cholesky of a symmetric positive definite matrix, and L * L^T back.
  double M[N][N], L[N][N] = {{0}}, LT[N][N], R[N][N];
  for (int I = 0; I < N; ++I)
    for (int J = 0; J < N; ++J)
      M[I][J] = I == J ? N + 1.0 : 1.0 / (1 + (I > J ? I - J : J - I));
  for (int J = 0; J < N; ++J) {
    double Diag = M[J][J];
    for (int K = 0; K < J; ++K) {
      double Sq = L[J][K] * L[J][K];
      Diag -= Sq;
    }
    L[J][J] = sqrt(Diag);
    for (int I = J + 1; I < N; ++I) {
      double Sum = M[I][J];
      for (int K = 0; K < J; ++K) {
        double Term = L[I][K] * L[J][K];
        Sum -= Term;
      }
      L[I][J] = Sum / L[J][J];
    }
  }
  for (int I = 0; I < N; ++I)
    for (int J = 0; J < N; ++J)
      LT[I][J] = L[J][I];
  multiply(L, LT, R);
  printMatrix("cholesky L", L);
  double Resid = 0.0;
  for (int I = 0; I < N; ++I)
    for (int J = 0; J < N; ++J)
      Resid += fabs(R[I][J] - M[I][J]);
  printf("|L L^T - M| = %.3e\n", Resid);

  // Single precision: accumulate in float, compare with double.
  float FSum = 0.0f;
  double DSum = 0.0;
  for (int K = 1; K <= 100000; ++K) {
    FSum += 1.0f / (float)K;
    DSum += 1.0 / K;
  }
  printf("float H(100000) = %.7f  double = %.12f\n", (double)FSum, DSum);
  float Big = 16777216.0f; // 2^24: adding 1 is lost in float
  volatile float One = 1.0f;
  printf("2^24 + 1 in float = %.1f, in double = %.1f\n", (double)(Big + One),
         (double)Big + 1.0);
  return 0;
}
