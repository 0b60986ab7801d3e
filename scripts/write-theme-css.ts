import { writeFileSync } from "node:fs";
import { buildSuomifiThemeCss } from "@/lib/theme/suomifi-theme-css";

writeFileSync("app/suomifi-theme.css", buildSuomifiThemeCss());
console.log("Wrote app/suomifi-theme.css");
