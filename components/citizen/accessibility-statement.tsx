import type { TLanguage } from "@/lib/forms/localized-text";

const TEXT: Record<TLanguage, { title: string; paragraphs: string[] }> = {
  fi: {
    title: "Saavutettavuusseloste",
    paragraphs: [
      "Tämä seloste koskee Lomake-palvelun asiointilomakkeita (osoitteet /f/…). Palvelu on suunniteltu täyttämään WCAG 2.1 -ohjeiston AA-tason vaatimukset, kuten digitaalisten palvelujen tarjoamisesta annettu laki edellyttää.",
      "Lomakkeet toimivat ilman JavaScriptiä, näppäimistöllä, ruudunlukijalla ja 320 pikselin levyisellä näytöllä sekä 200 %:n suurennoksella. Virheet kootaan sivun alkuun, ja jokainen virhe linkittyy kenttäänsä.",
      "Lähettäminen tapahtuu Suomi.fi-viestien kautta; Suomi.fi-palvelun saavutettavuudesta vastaa Digi- ja väestötietovirasto.",
      "Palaute ja saavutettavuuspuutteet: ota yhteyttä lomakkeen julkaisseeseen organisaatioon. Jos et ole tyytyväinen vastaukseen, voit tehdä ilmoituksen Etelä-Suomen aluehallintovirastoon (Valvontaviranomainen, www.saavutettavuusvaatimukset.fi).",
    ],
  },
  sv: {
    title: "Tillgänglighetsutlåtande",
    paragraphs: [
      "Detta utlåtande gäller e-blanketterna i tjänsten Lomake (adresserna /f/…). Tjänsten har utformats för att uppfylla nivå AA i WCAG 2.1, så som lagen om tillhandahållande av digitala tjänster kräver.",
      "Blanketterna fungerar utan JavaScript, med tangentbord, med skärmläsare, på en 320 pixlar bred skärm och med 200 % förstoring. Fel samlas högst upp på sidan och varje fel länkar till sitt fält.",
      "Blanketterna skickas via Suomi.fi-meddelanden; Myndigheten för digitalisering och befolkningsdata ansvarar för tillgängligheten i Suomi.fi.",
      "Respons och tillgänglighetsbrister: kontakta organisationen som publicerat blanketten. Om du inte är nöjd med svaret kan du göra en anmälan till Regionförvaltningsverket i Södra Finland (www.tillganglighetskrav.fi).",
    ],
  },
  en: {
    title: "Accessibility statement",
    paragraphs: [
      "This statement covers the online forms of the Lomake service (addresses /f/…). The service is designed to meet level AA of WCAG 2.1, as the Act on the Provision of Digital Services requires.",
      "The forms work without JavaScript, with a keyboard, with a screen reader, on a 320-pixel-wide screen and at 200 % zoom. Errors are listed at the top of the page and each links to its field.",
      "Forms are sent through Suomi.fi Messages; the Digital and Population Data Services Agency is responsible for the accessibility of Suomi.fi.",
      "Feedback and accessibility problems: contact the organisation that published the form. If you are not satisfied with the reply, you can notify the Regional State Administrative Agency for Southern Finland (www.webaccessibility.fi).",
    ],
  },
};

export function AccessibilityStatement({ language }: { language: TLanguage }) {
  const text = TEXT[language];
  return (
    <>
      <h1>{text.title}</h1>
      {text.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </>
  );
}

export function accessibilityTitle(language: TLanguage): string {
  return TEXT[language].title;
}
