// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title PullPayments: bonds are credited when a dispute ends and claimed by their owners later
/// @notice The rollup and the dispute game owe bonds to whoever wins a game. They do not send that
/// ETH while resolving the game (push); they only note it in `claimable` (credit), and each winner
/// fetches its ETH with `claim` (pull). Why: sending ETH calls the recipient, and a contract
/// recipient can refuse it (no `receive`, or one that reverts). If ending a game had to pay, a
/// party refusing ETH would make ending the game revert; its batch would stay disputed forever and,
/// since batches finalize in order, no later batch and no withdrawal could ever finalize. With
/// credits, ending a game cannot fail on a payment: a recipient that refuses ETH only makes its
/// own `claim` revert, and its credit waits until it can take it. It can hurt only itself.
/// @dev Each contract holds the bonds locked in it and credits them itself: a winning challenger
/// claims its own bond back from the game and the proposer's slashed bond from the rollup.
abstract contract PullPayments {
    /// @notice Why a bond was credited.
    /// @param GameWon the challenger's bond, to whichever party won the game
    /// @param GameAbandoned the challenger's bond, back to it: its root was withdrawn by another game
    /// @param ProposerSlashed the proposer's bond, to the challenger who proved its batch wrong
    /// @param DataChallengeWon a data challenger's bond, back to it: the claim was wrong or not shown
    /// @param DataChallengeLost a data challenger's bond, to the proposer: the batch was as claimed
    /// @param DataChallengeVoided a data challenger's bond, back to it: another dispute withdrew the claim
    enum CreditReason {
        GameWon,
        GameAbandoned,
        ProposerSlashed,
        DataChallengeWon,
        DataChallengeLost,
        DataChallengeVoided
    }

    /// @notice Wei each address may take with `claim`.
    mapping(address recipient => uint256) public claimable;

    /// @notice `amount` wei were added to `recipient`'s claimable balance.
    event BondCredited(address indexed recipient, uint256 amount, CreditReason reason);
    /// @notice `recipient` took its whole claimable balance, `amount` wei.
    event BondClaimed(address indexed recipient, uint256 amount);

    /// @notice `caller` has no credit to claim.
    error NothingToClaim(address caller);
    /// @notice Sending ETH to `recipient` failed: it refused the payment.
    error PaymentFailed(address recipient, uint256 amount);

    /// @notice Sends the caller everything credited to it. If the caller refuses the ETH, the
    /// claim reverts with `PaymentFailed` and the credit stays.
    function claim() external {
        uint256 amount = claimable[msg.sender];
        if (amount == 0) revert NothingToClaim(msg.sender);
        claimable[msg.sender] = 0; // before paying, so a re-entering caller finds nothing to claim
        emit BondClaimed(msg.sender, amount);
        pay(msg.sender, amount);
    }

    /// @dev Owes `amount` wei to `recipient`; it cannot fail, whoever the recipient is.
    function credit(address recipient, uint256 amount, CreditReason reason) internal {
        claimable[recipient] += amount;
        emit BondCredited(recipient, amount, reason);
    }

    /// @dev Sends ETH now. Only a caller taking its own ETH may reach this (`claim`,
    /// OptimisticRollup.withdrawBond): a refusal then reverts only the refuser's own transaction.
    function pay(address recipient, uint256 amount) internal {
        (bool paid,) = recipient.call{value: amount}("");
        if (!paid) revert PaymentFailed(recipient, amount);
    }
}
