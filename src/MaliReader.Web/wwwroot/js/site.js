// Conveniences only: every feature here also works without JavaScript.
"use strict";
