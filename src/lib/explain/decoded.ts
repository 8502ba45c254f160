/** What a value decoder says about one flag value or argument: the shared result type. */
export interface Decoded {
  /** One or two sentences saying what the value means, in plain words. */
  text: string;
  /** A risk worth a reader's attention, with the safer form. */
  warning?: string;
  /** True when Docker would refuse the value; `text` then says why. */
  invalid?: boolean;
  /** A concept section (`/volume/#bind-mounts`) that teaches what the value does. */
  concept?: string;
}
