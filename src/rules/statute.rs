//! The text of art. 458ter of the Criminal Code (C. pén. / Sw.), paragraph by paragraph.
//!
//! French and Dutch are official; there is no official English text. Each constant is one
//! paragraph, without its `§` marker (the identifier is in the rule's legal reference).
//! The same text is in `statute/458ter.md` and in every rule's documentation: tests check
//! that they agree word for word.

/// § 1er, al. 1er (FR).
pub(crate) const P1_AL1_FR: &str = "Il n'y a pas d'infraction lorsqu'une personne qui, par état ou par profession, est dépositaire de secrets, communique ceux-ci dans le cadre d'une concertation organisée soit par ou en vertu d'une loi, d'un décret ou d'une ordonnance, soit moyennant une autorisation motivée du procureur du Roi.";
/// § 1, lid 1 (NL).
pub(crate) const P1_AL1_NL: &str = "Er is geen misdrijf wanneer iemand die uit hoofde van zijn staat of beroep houder is van geheimen, deze meedeelt in het kader van een overleg dat wordt georganiseerd, hetzij bij of krachtens een wet, decreet of ordonnantie, hetzij bij een met redenen omklede toestemming van de procureur des Konings.";

/// § 1er, al. 2 (FR).
pub(crate) const P1_AL2_FR: &str = "Cette concertation peut exclusivement être organisée soit en vue de protéger l'intégrité physique ou psychique de la personne ou de tiers, soit en vue de prévenir les délits visés au Titre Iter du Livre II ou les délits commis dans le cadre d'une organisation criminelle, telle qu'elle est définie à l'article 324bis.";
/// § 1, lid 2 (NL).
pub(crate) const P1_AL2_NL: &str = "Dit overleg kan uitsluitend worden georganiseerd, hetzij met het oog op de bescherming van de fysieke en psychische integriteit van de persoon of van derden, hetzij ter voorkoming van de misdrijven bedoeld in Titel Iter van Boek II of van de misdrijven gepleegd in het raam van een criminele organisatie, zoals bepaald in artikel 324bis.";

/// § 1er, al. 3 (FR).
pub(crate) const P1_AL3_FR: &str = "La loi, le décret ou l'ordonnance, ou l'autorisation motivée du procureur du Roi visés à l'alinéa 1er déterminent au moins qui peut participer à la concertation, avec quelle finalité et selon quelles modalités la concertation aura lieu.";
/// § 1, lid 3 (NL).
pub(crate) const P1_AL3_NL: &str = "De in het eerste lid bedoelde wet, decreet of ordonnantie, of de met redenen omklede toestemming van de procureur des Konings bepalen minstens wie aan het overleg kan deelnemen, met welke finaliteit en volgens welke modaliteiten het overleg zal plaatsvinden.";

/// § 2, al. 1er (FR).
pub(crate) const P2_AL1_FR: &str = "Les participants sont tenus au secret relativement aux secrets communiqués durant la concertation. Toute personne violant ce secret sera punie des peines prévues à l'article 458.";
/// § 2, lid 1 (NL).
pub(crate) const P2_AL1_NL: &str = "De deelnemers zijn tot geheimhouding verplicht wat betreft de tijdens het overleg meegedeelde geheimen. Eenieder die dit geheim schendt, wordt gestraft met de straffen bepaald in artikel 458.";

/// § 2, al. 2 (FR).
pub(crate) const P2_AL2_FR: &str = "Les secrets qui sont communiqués pendant cette concertation, peuvent uniquement donner lieu à la poursuite pénale des délits pour lesquels la concertation a été organisée.";
/// § 2, lid 2 (NL).
pub(crate) const P2_AL2_NL: &str = "De geheimen die tijdens dit overleg worden meegedeeld, kunnen slechts aanleiding geven tot de strafrechtelijke vervolging van de misdrijven waarvoor het overleg werd georganiseerd.";

/// Legal reference of § 1er, al. 1er.
pub(crate) const REF_P1_AL1: &str = "art. 458ter, § 1er, al. 1er, C. pén.";
/// Legal reference of § 1er, al. 2.
pub(crate) const REF_P1_AL2: &str = "art. 458ter, § 1er, al. 2, C. pén.";
/// Legal reference of § 1er, al. 3.
pub(crate) const REF_P1_AL3: &str = "art. 458ter, § 1er, al. 3, C. pén.";
/// Legal reference of § 2, al. 1er.
pub(crate) const REF_P2_AL1: &str = "art. 458ter, § 2, al. 1er, C. pén.";
/// Legal reference of § 2, al. 2.
pub(crate) const REF_P2_AL2: &str = "art. 458ter, § 2, al. 2, C. pén.";
