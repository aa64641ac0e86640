/**
 * @tvaers/stakeholders — stakeholder analysis and the relevance of collaboration models.
 */
