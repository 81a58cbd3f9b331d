// Shared pieces of English patterns, so asks and tone read the same words the same way.
export const YOU = "(?:you|u|ya|y'all|you all|you guys|you two)";
export const DIFFUSE = '(?:someone|somebody|anyone|anybody|any ?one of you|one of you|any of you|whoever|some ?one)';
export const MODAL = '(?:could|can|would|will|might|may|cud|cn)';
export const WEEKDAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|thurs?|fri|sat|sun)s?';
export const MONTH =
  '(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
export const NUMBER = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|half an?|a couple of|a few)';
export const COUNT = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|so many|multiple|a dozen)';
