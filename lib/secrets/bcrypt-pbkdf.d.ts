// Types of bcrypt-pbkdf (OpenBSD's bcrypt_pbkdf in pure JavaScript), which ships none.
declare module "bcrypt-pbkdf" {
  const bcryptPbkdf: {
    /** Fills `key` with `keylen` derived bytes; returns 0, or -1 on bad arguments. */
    pbkdf(
      pass: Uint8Array,
      passlen: number,
      salt: Uint8Array,
      saltlen: number,
      key: Uint8Array,
      keylen: number,
      rounds: number,
    ): number;
  };
  export default bcryptPbkdf;
}
