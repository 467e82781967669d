/** Characters selected inside one utterance's text. */
export interface TextSpan {
  segmentId: string;
  from: number;
  to: number;
  text: string;
}
